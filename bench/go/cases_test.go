package cdeferbench

import (
	"fmt"
	"os"
	"testing"
)

// calls makes n calls of one implementation of one case, with the
// arguments ../c/driver.h and the case file give call i.
type calls func(n int) int

var cases = []struct {
	name string
	impl map[string]calls
}{
	{"one_exit", map[string]calls{
		"hand": func(n int) (acc int) {
			for i := 0; i < n; i++ {
				acc += oneExitHand(i)
			}
			return
		},
		"defer": func(n int) (acc int) {
			for i := 0; i < n; i++ {
				acc += oneExitDefer(i)
			}
			return
		},
	}},
	{"three_exits", map[string]calls{
		"hand": func(n int) (acc int) {
			for i := 0; i < n; i++ {
				acc += threeExitsHand(i, i%3)
			}
			return
		},
		"defer": func(n int) (acc int) {
			for i := 0; i < n; i++ {
				acc += threeExitsDefer(i, i%3)
			}
			return
		},
	}},
	{"four_defers", map[string]calls{
		"hand": func(n int) (acc int) {
			for i := 0; i < n; i++ {
				acc += fourDefersHand(i)
			}
			return
		},
		"defer": func(n int) (acc int) {
			for i := 0; i < n; i++ {
				acc += fourDefersDefer(i)
			}
			return
		},
	}},
	{"loop8", map[string]calls{
		"hand": func(n int) (acc int) {
			for i := 0; i < n; i++ {
				acc += loop8Hand(sinkData[:], loopN8)
			}
			return
		},
		"defer": func(n int) (acc int) {
			for i := 0; i < n; i++ {
				acc += loopDefer(sinkData[:], loopN8)
			}
			return
		},
	}},
	{"loop1024", map[string]calls{
		"hand": func(n int) (acc int) {
			for i := 0; i < n; i++ {
				acc += loop1024Hand(sinkData[:], loopN1024)
			}
			return
		},
		"defer": func(n int) (acc int) {
			for i := 0; i < n; i++ {
				acc += loopDefer(sinkData[:], loopN1024)
			}
			return
		},
	}},
	{"snapshot", map[string]calls{
		"hand": func(n int) (acc int) {
			for i := 0; i < n; i++ {
				acc += snapshotHand(i, 2*i+1)
			}
			return
		},
		"defer": func(n int) (acc int) {
			for i := 0; i < n; i++ {
				acc += snapshotDefer(i, 2*i+1)
			}
			return
		},
	}},
	{"closure", map[string]calls{
		"hand": func(n int) (acc int) {
			for i := 0; i < n; i++ {
				acc += closureHand(i, 2*i+1)
			}
			return
		},
		"defer": func(n int) (acc int) {
			for i := 0; i < n; i++ {
				acc += closureDefer(i, 2*i+1)
			}
			return
		},
	}},
}

// The panic cases: one call of panicTop per op; no hand-written version.
func init() {
	for _, depth := range []int{1, 10, 100} {
		for _, nodefer := range []bool{false, true} {
			depth, nodefer := depth, nodefer
			name := fmt.Sprintf("panic_d%d", depth)
			if nodefer {
				name = fmt.Sprintf("unwind_d%d", depth)
			}
			cases = append(cases, struct {
				name string
				impl map[string]calls
			}{name, map[string]calls{
				"defer": func(n int) (acc int) {
					for i := 0; i < n; i++ {
						acc += panicTop(depth, nodefer)
					}
					return
				},
			}})
		}
	}
}

var result int // keeps the return values live

// BenchmarkCases/<case>/<impl>: ns/op is per call of the case's function.
func BenchmarkCases(b *testing.B) {
	for _, c := range cases {
		for _, impl := range []string{"hand", "defer"} {
			f := c.impl[impl]
			if f == nil {
				continue
			}
			b.Run(c.name+"/"+impl, func(b *testing.B) { result += f(b.N) })
		}
	}
}

// TestCheck prints, for BENCH_CHECK_N calls of each implementation, the
// sink state the C binaries print for "count N" (bench.py compares them).
func TestCheck(t *testing.T) {
	n := 0
	if _, err := fmt.Sscan(checkN, &n); err != nil || n <= 0 {
		t.Skip("set -ldflags=-X=cdeferbench.checkN=<calls> to print checks")
	}
	for _, c := range cases {
		for _, impl := range []string{"hand", "defer"} {
			if c.impl[impl] == nil {
				continue
			}
			sinkState = 0
			result += c.impl[impl](n)
			fmt.Printf("check %s %s %016x\n", c.name, impl, sinkState)
		}
	}
}

// checkN is set at link time; see TestCheck.
var checkN = ""

// TestRepeat makes BENCH_N calls of the defer implementation of the case
// BENCH_CASE, for callgrind (bench.py counts the instructions of Go's
// panics with --toggle-collect on panicTop); skipped unless both are set.
func TestRepeat(t *testing.T) {
	name, n := os.Getenv("BENCH_CASE"), 0
	if _, err := fmt.Sscan(os.Getenv("BENCH_N"), &n); name == "" || err != nil || n <= 0 {
		t.Skip("set BENCH_CASE and BENCH_N")
	}
	for _, c := range cases {
		if c.name == name && c.impl["defer"] != nil {
			result += c.impl["defer"](n)
			return
		}
	}
	t.Fatalf("no case %q", name)
}
