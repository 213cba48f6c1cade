// A small bank: pointers in a map, methods, append, defer/recover turning panics (and a nil dereference) into an error result.
package main

type Account struct {
	Name    string
	Balance int
	History []int
}

type Bank struct {
	accounts map[string]*Account
	log      []string
}

func NewBank() *Bank {
	return &Bank{accounts: map[string]*Account{}}
}

func (b *Bank) Open(name string, initial int) *Account {
	a := &Account{Name: name, Balance: initial}
	b.accounts[name] = a
	b.log = append(b.log, "open "+name)
	return a
}

func (b *Bank) Transfer(from, to string, amount int) (err string) {
	defer func() {
		if r := recover(); r != nil {
			err = "failed"
		}
	}()
	src, ok := b.accounts[from]
	if !ok {
		return "no such account " + from
	}
	dst := b.accounts[to]
	if src.Balance < amount {
		panic("insufficient funds")
	}
	src.Balance -= amount
	dst.Balance += amount // nil deref if `to` is missing: recovered
	src.History = append(src.History, -amount)
	dst.History = append(dst.History, amount)
	return ""
}

func (a Account) Total() int {
	t := 0
	for _, h := range a.History {
		t += h
	}
	return t
}

func main() {
	b := NewBank()
	b.Open("alice", 100)
	b.Open("bob", 50)
	println(b.Transfer("alice", "bob", 30) == "")
	println(b.Transfer("bob", "alice", 500))
	println(b.Transfer("carol", "alice", 1))
	println(b.Transfer("alice", "dave", 10))
	names := []string{"alice", "bob"}
	for _, n := range names {
		a := b.accounts[n]
		println(n, a.Balance, len(a.History), a.Total())
	}
	counts := map[int]int{}
	for _, a := range b.accounts {
		counts[len(a.History)]++
	}
	println(counts[1], counts[0], len(b.log))
	adders := map[string]func(int) int{}
	for i, n := range names {
		k := i + 1
		adders[n] = func(x int) int { return x * k }
	}
	println(adders["alice"](10), adders["bob"](10))
	matrix := [3][3]int{}
	for i := range matrix {
		for j := range matrix[i] {
			matrix[i][j] = i * j
		}
	}
	m2 := matrix
	m2[2][2] = 0
	println(matrix[2][2], m2[2][2], matrix == m2)
}
