// break, continue and goto cannot cross a function literal boundary: labels and loops of the enclosing function are not visible.
package main

func main() {
outer: // ERROR `label outer defined and not used`
	for i := 0; i < 3; i++ {
		func() {
			break // ERROR `break is not in a loop, switch, or select`
		}()
		func() {
			continue // ERROR `continue is not in a loop`
		}()
		func() {
			break outer // ERROR `break label not defined: outer`
		}()
		func() {
			continue outer // ERROR `continue label not defined: outer`
		}()
		func() {
			goto outer // ERROR `label outer not defined`
		}()
		func() {
			for {
				break
			}
		inner:
			for {
				continue inner
			}
		}()
		_ = i
	}
}
