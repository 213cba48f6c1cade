package main

type Config struct {
	Name    string
	Limits  [3]int
	Enabled bool
}

var cfg = Config{Name: "default", Limits: [3]int{1, 2, 3}, Enabled: true}

var table = [...]string{"zero", "one", "two", "three"}

var primes = []int{2, 3, 5, 7, 11}

var origin struct{ X, Y int }

var counters [4]int

var ptr = &cfg

var lookup = [5]*Config{2: &cfg}

func bump(i int) {
	counters[i]++
}

func main() {
	println(cfg.Name, cfg.Limits[2], cfg.Enabled, len(table), table[3], len(primes))
	bump(1)
	bump(1)
	bump(3)
	println(counters[0], counters[1], counters[2], counters[3])
	ptr.Name = "changed"
	println(cfg.Name, lookup[2].Name, lookup[0] == nil)
	primes = append(primes, 13)
	println(len(primes), primes[5])
	origin.X = 5
	o := origin
	origin.X = 6
	println(o.X, origin.X)
	saved := cfg
	cfg.Limits[0] = 100
	println(saved.Limits[0], cfg.Limits[0], ptr.Limits[0])
	for i, v := range table {
		if i%2 == 0 {
			println(v)
		}
	}
	sum := 0
	for _, c := range counters {
		sum += c
	}
	println(sum)
	table[0] = "ZERO"
	println(table[0])
}
