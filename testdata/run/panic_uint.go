// panic with big unsigned values, printed unsigned.
package main

type Big uint64

func main() {
	defer func() {
		var u uint64 = 1<<64 - 1
		panic(u)
	}()
	panic(Big(1 << 63))
}
