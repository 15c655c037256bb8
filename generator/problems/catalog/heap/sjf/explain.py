"""A sample's explanation from its input alone: reads {"input", "language", "texts", ...} as JSON."""
import json
import sys


case = json.load(sys.stdin)
ko, task = case["language"] == "ko", case["texts"]["task"]
tokens = [int(t) for t in case["input"].split()]
n = tokens[0]
jobs = [(tokens[1 + 2 * i], tokens[2 + 2 * i], i + 1) for i in range(n)]  # (arrival, length, number)
done, time, steps = set(), 0, []
while len(done) < n:
    waiting = [j for j in jobs if j[2] not in done and j[0] <= time]
    idle = not waiting
    if idle:
        time = min(j[0] for j in jobs if j[2] not in done)
        waiting = [j for j in jobs if j[2] not in done and j[0] <= time]
    r, t, number = min(waiting, key=lambda j: (j[1], j[0], j[2]))
    ties = [j for j in waiting if j[1] == t]
    why = ""
    if len(waiting) > 1:
        others = ", ".join(f"{j[2]}({j[1]})" for j in waiting)
        why = f" 기다리는 것은 {others}이고," if ko else f"waiting: {others}"
        if len(ties) > 1:
            tied = [j[2] for j in ties]
            names = ", ".join(map(str, tied[:-1])) + ("과(와) " if ko else
                                                         " and ") + str(tied[-1])
            if len([j for j in ties if j[0] == r]) == 1:
                why += (f" {names}은(는) 걸리는 시간이 같아 먼저 도착한" if ko else
                        f"; {names} take equally long, {number} arrived first")
            else:
                why += (f" {names}은(는) 걸리는 시간과 도착 시각이 같아 번호가 작은" if ko else
                        f"; {names} take equally long and arrived together, {number} has the smaller number")
    steps.append((time, number, time + t, why, idle and time > 0))
    done.add(number)
    time += t
parts = []
for start, number, end, why, waited in steps[:6]:
    if ko:
        parts.append(f"시각 {start}:{why} {number}번 {task}을(를) 시작해 {end}에 끝냅니다")
    else:
        parts.append(f"at {start}{' (' + why + ')' if why else ''}, {task} {number} runs until {end}")
more = len(steps) > 6
order = " ".join(str(s[1]) for s in steps)
if ko:
    print("괄호 안은 걸리는 시간입니다. " * any(s[3] for s in steps[:6]) + ". ".join(parts) + "." + (" ..." if more else "")
          + f" 끝나는 순서는 {order}입니다.")
else:
    print("Numbers in brackets are the times needed. " * any(s[3] for s in steps[:6]) + "; ".join(parts).capitalize()[:1]
          + "; ".join(parts)[1:] + "." + (" ..." if more else "") + f" The order is {order}.")
