// A function whose locals pass 1 GB gets gc's "stack frame too large"
// (variables of up to 10 MiB live in the frame, as in gc).
package main

var z [10 << 20]byte

func big() { // ERROR "stack frame too large \(>1GB\): 1030 MB locals \+ 0 MB args"
	var x0, x1, x2, x3, x4, x5, x6, x7, x8, x9 [10 << 20]byte
	var y0, y1, y2, y3, y4, y5, y6, y7, y8, y9 [10 << 20]byte
	var w0, w1, w2, w3, w4, w5, w6, w7, w8, w9 [10 << 20]byte
	var v0, v1, v2, v3, v4, v5, v6, v7, v8, v9 [10 << 20]byte
	var u0, u1, u2, u3, u4, u5, u6, u7, u8, u9 [10 << 20]byte
	var t0, t1, t2, t3, t4, t5, t6, t7, t8, t9 [10 << 20]byte
	var s0, s1, s2, s3, s4, s5, s6, s7, s8, s9 [10 << 20]byte
	var r0, r1, r2, r3, r4, r5, r6, r7, r8, r9 [10 << 20]byte
	var q0, q1, q2, q3, q4, q5, q6, q7, q8, q9 [10 << 20]byte
	var p0, p1, p2, p3, p4, p5, p6, p7, p8, p9 [10 << 20]byte
	var o0, o1, o2 [10 << 20]byte
	z = x0; z = x1; z = x2; z = x3; z = x4; z = x5; z = x6; z = x7; z = x8; z = x9
	z = y0; z = y1; z = y2; z = y3; z = y4; z = y5; z = y6; z = y7; z = y8; z = y9
	z = w0; z = w1; z = w2; z = w3; z = w4; z = w5; z = w6; z = w7; z = w8; z = w9
	z = v0; z = v1; z = v2; z = v3; z = v4; z = v5; z = v6; z = v7; z = v8; z = v9
	z = u0; z = u1; z = u2; z = u3; z = u4; z = u5; z = u6; z = u7; z = u8; z = u9
	z = t0; z = t1; z = t2; z = t3; z = t4; z = t5; z = t6; z = t7; z = t8; z = t9
	z = s0; z = s1; z = s2; z = s3; z = s4; z = s5; z = s6; z = s7; z = s8; z = s9
	z = r0; z = r1; z = r2; z = r3; z = r4; z = r5; z = r6; z = r7; z = r8; z = r9
	z = q0; z = q1; z = q2; z = q3; z = q4; z = q5; z = q6; z = q7; z = q8; z = q9
	z = p0; z = p1; z = p2; z = p3; z = p4; z = p5; z = p6; z = p7; z = p8; z = p9
	z = o0; z = o1; z = o2
}

func main() {
	big()
}
