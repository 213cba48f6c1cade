package main

type Student struct {
	Name   string
	Grades [3]int
	Passed bool
}

func average(s Student) int {
	t := 0
	for _, g := range s.Grades {
		t += g
	}
	return t / len(s.Grades)
}

func main() {
	class := [4]Student{
		{"ann", [3]int{90, 80, 70}, false},
		{"bob", [3]int{50, 40, 60}, false},
		{Name: "cyd", Grades: [3]int{100, 100, 99}},
		{Name: "dan"},
	}
	for i := range class {
		class[i].Passed = average(class[i]) >= 60
	}
	for _, s := range class {
		println(s.Name, average(s), s.Passed)
	}
	// Sort by average, descending (selection sort on the array).
	for i := 0; i < len(class); i++ {
		best := i
		for j := i + 1; j < len(class); j++ {
			if average(class[j]) > average(class[best]) {
				best = j
			}
		}
		class[i], class[best] = class[best], class[i]
	}
	for i, s := range class {
		println(i, s.Name)
	}
	// A slice of structs shares the array.
	sl := class[1:3]
	sl[0].Grades[0] = 0
	println(class[1].Grades[0], average(class[1]))
	// Count with a pointer walk.
	n := 0
	for i := range class {
		p := &class[i]
		if p.Passed {
			n++
		}
	}
	println("passed", n)
}
