// Struct keys: plain memory, with padding, with strings, nested.
package main

type Point struct{ X, Y int }

type Padded struct {
	A int8
	B int64
	C bool
}

type Named struct {
	Name string
	Age  int
}

type Outer struct {
	In  Named
	Tag [2]string
}

func main() {
	grid := map[Point]int{}
	for x := 0; x < 10; x++ {
		for y := 0; y < 10; y++ {
			grid[Point{x, y}] = x*10 + y
		}
	}
	println(len(grid), grid[Point{3, 7}], grid[Point{9, 9}], grid[Point{10, 0}])

	pad := map[Padded]string{}
	pad[Padded{1, 2, true}] = "one"
	pad[Padded{1, 2, false}] = "two"
	pad[Padded{A: 1, B: 2, C: true}] += "!"
	println(len(pad), pad[Padded{1, 2, true}], pad[Padded{1, 2, false}])

	people := map[Named]int{}
	people[Named{"ann", 30}] = 1
	people[Named{"bob", 30}] = 2
	people[Named{"ann", 31}] = 3
	who := "an"
	who += "n"
	people[Named{who, 30}] += 10
	println(len(people), people[Named{"ann", 30}], people[Named{"bob", 30}], people[Named{"ann", 31}])

	deep := map[Outer]bool{}
	deep[Outer{Named{"x", 1}, [2]string{"a", "b"}}] = true
	_, ok1 := deep[Outer{Named{"x", 1}, [2]string{"a", "b"}}]
	_, ok2 := deep[Outer{Named{"x", 1}, [2]string{"a", "c"}}]
	println(ok1, ok2, len(deep))
}
