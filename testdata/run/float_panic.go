// float_panic: panic with a float value prints it as print does
// (+1.500000e+000); a value of a defined float type is printed with its type
// name, main.Temp(+2.500000e+000). A recovered float panic is re-panicked.
package main

type Temp float64

func try(v float64) (recovered bool) {
	defer func() {
		recovered = recover() != nil
	}()
	if v != v {
		panic(v)
	}
	return false
}

func main() {
	zero := 0.0
	println(try(1), try(zero/zero))
	defer func() {
		r := recover()
		println("recovered", r != nil)
		panic(r)
	}()
	defer println("deferred", float32(0.1))
	panic(Temp(2.5))
}
