#!/usr/bin/env python3
# Start-up figures that a changing load cannot tilt: runs each command ROUNDS times, the commands taking turns run
# by run (in reverse order every other round), after three warm-up runs each, and prints medians and quartiles.
#   bench/interleave.py ROUNDS "CMD ARGS..." "CMD ARGS..." ...   (each command is split on spaces; no shell)
import subprocess,time,sys,statistics,os
rounds=int(sys.argv[1]); cmds=sys.argv[2:]
t={c:[] for c in cmds}
for c in cmds:
    for _ in range(3): subprocess.run(c.split(),stdout=subprocess.DEVNULL,stderr=subprocess.DEVNULL)
for r in range(rounds):
    for c in (cmds if r%2==0 else cmds[::-1]):
        s=time.perf_counter(); subprocess.run(c.split(),stdout=subprocess.DEVNULL,stderr=subprocess.DEVNULL); t[c].append((time.perf_counter()-s)*1000)
for c in cmds:
    v=sorted(t[c]); print(f"median {statistics.median(v):7.1f} ms  p25 {v[len(v)//4]:7.1f}  p75 {v[3*len(v)//4]:7.1f}  {c}")
