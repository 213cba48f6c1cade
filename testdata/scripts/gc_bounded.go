// Allocates 10 GB in total, keeping only a little alive at a time: the
// collector must keep the heap bounded.
package main

type node struct {
	next *node
	data [32]int
}

func main() {
	var keep []byte
	total := 0
	for i := 0; i < 10240; i++ {
		b := make([]byte, 1<<20)
		b[i%len(b)] = byte(i)
		keep = b
		total += len(b)
	}
	var list *node
	for i := 0; i < 1000000; i++ {
		n := &node{next: list}
		n.data[0] = i
		list = n
		if i%1000 == 999 {
			list = nil
		}
	}
	println(total>>20, len(keep))
}
