package main

import str "strings" // ERROR `imported and not used: "strings" as str`

func b() string {
	fmt.Println("b") // ERROR "undefined: fmt"
	os.Exit(1)       // ERROR "undefined: os"
	return ""
}
