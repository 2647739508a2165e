// Command cdefermem is pending.c's "defer N" in Go: one frame defers
// sink(i) n times in a loop and, with all n pending, reports what the heap
// grew by. Go allocates a loop's defer records on the heap (a _defer, 80
// bytes in Go 1.19, plus the closure holding the snapshotted argument);
// -gcflags=-d=defer shows the kind. memory.py measures the peak RSS from
// outside, as for C.
//
//	cdefermem defer N
package main

import (
	"fmt"
	"os"
	"runtime"
	"strconv"
)

var sinkAcc int

//go:noinline
func sink(v int) { sinkAcc = sinkAcc*31 + v }

var before, atPeak runtime.MemStats

//go:noinline
func withDefers(n int) int {
	for i := 0; i < n; i++ {
		defer sink(i) // heap-allocated: in a loop
	}
	runtime.ReadMemStats(&atPeak) // all n pending here
	return n
}

func main() {
	if len(os.Args) != 3 || os.Args[1] != "defer" {
		fmt.Fprintln(os.Stderr, "usage: cdefermem defer N")
		os.Exit(2)
	}
	n, err := strconv.Atoi(os.Args[2])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	fmt.Printf("mode=go n=%d\n", n)
	runtime.GC()
	runtime.ReadMemStats(&before)
	withDefers(n)
	// TotalAlloc: bytes allocated, all still live at the peak (the records
	// are reachable until they run); Mallocs: how many allocations.
	fmt.Printf("alloc_delta=%d mallocs_delta=%d heap_delta=%d sys_delta=%d\n",
		atPeak.TotalAlloc-before.TotalAlloc, atPeak.Mallocs-before.Mallocs,
		int64(atPeak.HeapAlloc)-int64(before.HeapAlloc),
		int64(atPeak.Sys)-int64(before.Sys))
}
