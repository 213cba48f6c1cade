package main

type Tree struct {
	Left, Right *Tree
	Key         string
	Count       int
}

func insert(t *Tree, key string) *Tree {
	if t == nil {
		return &Tree{Key: key, Count: 1}
	}
	if key < t.Key {
		t.Left = insert(t.Left, key)
	} else if key > t.Key {
		t.Right = insert(t.Right, key)
	} else {
		t.Count++
	}
	return t
}

// insertIter inserts through a pointer to the link to change.
func insertIter(root **Tree, key string) {
	p := root
	for *p != nil {
		if key < (*p).Key {
			p = &(*p).Left
		} else if key > (*p).Key {
			p = &(*p).Right
		} else {
			(*p).Count++
			return
		}
	}
	*p = &Tree{Key: key, Count: 1}
}

func inorder(t *Tree, out []string) []string {
	if t == nil {
		return out
	}
	out = inorder(t.Left, out)
	out = append(out, t.Key)
	return inorder(t.Right, out)
}

func height(t *Tree) int {
	if t == nil {
		return 0
	}
	l, r := height(t.Left), height(t.Right)
	if l > r {
		return l + 1
	}
	return r + 1
}

func find(t *Tree, key string) *Tree {
	for t != nil && t.Key != key {
		if key < t.Key {
			t = t.Left
		} else {
			t = t.Right
		}
	}
	return t
}

// levels walks the tree breadth-first with a slice as the queue.
func levels(t *Tree) {
	q := []*Tree{t}
	for len(q) > 0 {
		n := q[0]
		q = q[1:]
		print(n.Key, " ")
		if n.Left != nil {
			q = append(q, n.Left)
		}
		if n.Right != nil {
			q = append(q, n.Right)
		}
	}
	println()
}

func main() {
	var root *Tree
	for _, w := range []string{"m", "f", "t", "b", "h", "p", "x", "f", "a", "m", "m"} {
		root = insert(root, w)
	}
	for _, k := range inorder(root, nil) {
		print(k, " ")
	}
	println()
	println(height(root), find(root, "m").Count, find(root, "f").Count, find(root, "q") == nil)
	levels(root)

	var r2 *Tree
	for i := 0; i < 200; i++ {
		insertIter(&r2, string(rune('a'+(i*7)%26)))
	}
	keys := inorder(r2, nil)
	println(len(keys), keys[0], keys[25], height(r2), find(r2, "c").Count)
	// A degenerate tree (a list) of depth 2000.
	var deep *Tree
	for i := 0; i < 2000; i++ {
		insertIter(&deep, string([]byte{byte('a' + i/676%26), byte('a' + i/26%26), byte('a' + i%26)}))
	}
	println(height(deep), len(inorder(deep, nil)))
}
