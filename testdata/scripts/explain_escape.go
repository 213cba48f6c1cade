// explain_escape: text from the source that must stay text in the page of
// `mgc explain` (explain_escape.sh, explain_browser.sh).
package main

type Tag struct{ s string }

func (t Tag) String() string { return "</script><img src=x onerror=alert(1)> & <!-- " + t.s }

type Stringer interface{ String() string }

func main() {
	var s Stringer = Tag{"<b>\"bold\"</b>"} // </script> in a comment
	println(s.String())
}
