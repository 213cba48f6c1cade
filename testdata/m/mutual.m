mutual.go:5:6: can inline even
mutual.go:16:13: inlining call to even
mutual.go:21:6: can inline (*counter).inc
mutual.go:22:6: can inline (*counter).get
mutual.go:24:6: can inline twice
mutual.go:25:7: inlining call to (*counter).inc
mutual.go:26:7: inlining call to (*counter).inc
mutual.go:29:6: can inline four
mutual.go:30:7: inlining call to twice
mutual.go:30:7: inlining call to (*counter).inc
mutual.go:30:7: inlining call to (*counter).inc
mutual.go:31:7: inlining call to twice
mutual.go:31:7: inlining call to (*counter).inc
mutual.go:31:7: inlining call to (*counter).inc
mutual.go:36:6: inlining call to four
mutual.go:36:6: inlining call to twice
mutual.go:36:6: inlining call to (*counter).inc
mutual.go:36:6: inlining call to (*counter).inc
mutual.go:36:6: inlining call to twice
mutual.go:36:6: inlining call to (*counter).inc
mutual.go:36:6: inlining call to (*counter).inc
mutual.go:37:14: inlining call to even
mutual.go:37:33: inlining call to (*counter).get
mutual.go:21:7: c does not escape
mutual.go:22:7: c does not escape
mutual.go:24:12: c does not escape
mutual.go:29:11: c does not escape
mutual.go:35:7: &counter{} does not escape
