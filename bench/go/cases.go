// Package cdeferbench is the Go side of cdefer's benchmark: the cases of
// ../c/ written with Go's defer, and by hand, so the two languages' defers
// can be compared on one machine. bench.py runs it with go test -bench and
// reads which kind of defer the compiler chose from -gcflags=-d=defer; the
// "// bench:<case>" comment on each defer line tells it which case that is.
package cdeferbench

import "errors"

// sinkState is sink.c's sink_state: the same hash of the same calls, so
// TestCheck can print what the C binaries print.
var sinkState uint64

// sinkData is sink.c's sink_data.
var sinkData [1024]int

func init() {
	for i := range sinkData {
		sinkData[i] = 7*i + 3
	}
}

//go:noinline
func sink0() { sinkState = sinkState*31 + 1 }

//go:noinline
func sink1(a int) { sinkState = sinkState*31 + uint64(a) }

//go:noinline
func sink2(a, b int) { sinkState = (sinkState*31+uint64(a))*31 + uint64(b) }

//go:noinline
func oneExitHand(x int) int {
	r := x + 1
	sink0()
	return r
}

//go:noinline
func oneExitDefer(x int) int {
	defer sink0() // bench:one_exit
	return x + 1
}

//go:noinline
func threeExitsHand(x, sel int) int {
	if sel == 0 {
		sink0()
		return x
	}
	if sel == 1 {
		sink0()
		return x + 1
	}
	sink0()
	return x * 2
}

//go:noinline
func threeExitsDefer(x, sel int) int {
	defer sink0() // bench:three_exits
	if sel == 0 {
		return x
	}
	if sel == 1 {
		return x + 1
	}
	return x * 2
}

//go:noinline
func fourDefersHand(x int) int {
	r := x + 1
	sink2(x, 4)
	sink2(x, 3)
	sink2(x, 2)
	sink2(x, 1)
	return r
}

//go:noinline
func fourDefersDefer(x int) int {
	defer sink2(x, 1) // bench:four_defers
	defer sink2(x, 2) // bench:four_defers
	defer sink2(x, 3) // bench:four_defers
	defer sink2(x, 4) // bench:four_defers
	return x + 1
}

// The loop bounds are variables, as case_loop.c's bench_loop_n is, so the
// compiler does not know them.
var loopN8, loopN1024 = 8, 1024

//go:noinline
func loop8Hand(p []int, n int) int {
	var rec [8]int
	k := 0
	for i := 0; i < n && k < len(rec); i++ {
		rec[k] = p[i]
		k++
	}
	for k > 0 {
		k--
		sink1(rec[k])
	}
	return n
}

//go:noinline
func loop1024Hand(p []int, n int) int {
	var rec [1024]int
	k := 0
	for i := 0; i < n && k < len(rec); i++ {
		rec[k] = p[i]
		k++
	}
	for k > 0 {
		k--
		sink1(rec[k])
	}
	return n
}

//go:noinline
func loopDefer(p []int, n int) int {
	for i := 0; i < n; i++ {
		defer sink1(p[i]) // bench:loop
	}
	return n
}

//go:noinline
func snapshotHand(a, b int) int {
	a0, b0 := a, b
	a++
	b++
	r := a ^ b
	sink2(a0, b0)
	return r
}

//go:noinline
func snapshotDefer(a, b int) int {
	defer sink2(a, b) // bench:snapshot
	a++
	b++
	return a ^ b
}

//go:noinline
func closureHand(a, b int) int {
	a++
	b++
	r := a ^ b
	sink2(a, b)
	return r
}

//go:noinline
func closureDefer(a, b int) int {
	defer func() { sink2(a, b) }() // bench:closure
	a++
	b++
	return a ^ b
}

// The panic cases (../c/case_panic.c): panicTop recovers in a deferred
// closure and calls a chain of depth frames, the innermost of which panics.
// panicChain's frames each defer a closure that folds the frame's depth
// into sinkState; unwindChain's frames have no defer (pure unwinding).
// panicOn is never changed; as a package variable it keeps the compiler
// from deciding that the chain never returns.
var (
	panicOn  = true
	errPanic = errors.New("bench panic") // an interface already: panic(errPanic) allocates nothing
)

//go:noinline
func panicTop(depth int, nodefer bool) (r int) {
	defer func() { // bench:panic_top
		if recover() == errPanic {
			sinkState = sinkState*31 + 2
		} else {
			sinkState = sinkState*31 + 3
		}
	}()
	if nodefer {
		unwindChain(depth)
	} else {
		panicChain(depth)
	}
	return depth + 1 // not reached while panicOn: panicTop returns 0
}

//go:noinline
func panicChain(d int) {
	defer func() { sinkState = sinkState*31 + uint64(d) }() // bench:panic_chain
	if d <= 1 {
		if panicOn {
			panic(errPanic)
		}
		return
	}
	panicChain(d - 1)
}

//go:noinline
func unwindChain(d int) {
	if d <= 1 {
		if panicOn {
			panic(errPanic)
		}
		return
	}
	unwindChain(d - 1)
}
