module cdefermem

go 1.19
