// delete takes a map and a key assignable to its key type.
package main

func main() {
	m := map[string]int{}
	s := []int{1}
	delete(m)           // ERROR `invalid operation: not enough arguments for delete\(m\) \(expected 2, found 1\)`
	delete(m, "a", "b") // ERROR `invalid operation: too many arguments for delete\(m, "a", "b"\) \(expected 2, found 3\)`
	delete(s, 0)        // ERROR `invalid argument: s \(variable of type \[\]int\) is not a map`
	delete(m, 1)        // ERROR `cannot use 1 \(untyped int constant\) as string value in argument to delete`
	delete()            // ERROR `invalid operation: not enough arguments for delete\(\) \(expected 2, found 0\)`
	delete(nil, 1)      // ERROR `invalid argument: nil is not a map`
	_ = delete(m, "a")  // ERROR `delete\(m, "a"\) \(no value\) used as value`
	var k interface{} = "a"
	delete(m, k) // ERROR `cannot use k \(variable of type interface\{\}\) as type string in argument to delete:(\n\tneed type assertion)?$`
}
