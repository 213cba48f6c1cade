// init and main take no arguments and return nothing; init cannot be referenced or declared as a variable.
package main

func init(x int) {} // ERROR `func init must have no arguments and no return values`

func init() int { return 0 } // ERROR `func init must have no arguments and no return values`

func init() {}

var init = 1 // ERROR `cannot declare init - must be func`

func main(args []string) {} // ERROR `func main must have no arguments and no return values`

func helper() {
	init()    // ERROR `undefined: init`
	f := init // ERROR `undefined: init`
	_ = f
}
