"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON.
The story nouns are not passed in, so the wording stays neutral."""
import json
import sys

case = json.load(sys.stdin)
variant, ko = case["params"]["variant"], case["language"] == "ko"
toks, answer = case["input"].split(), case["output"].split()[0]


def ordinals(numbers):
    """"the 2nd", "the 2nd and 4th", "the 1st, 3rd and 12th"."""
    words = [f"{k}{'th' if k % 100 in (11, 12, 13) else {1: 'st', 2: 'nd', 3: 'rd'}.get(k % 10, 'th')}" for k in numbers]
    return "the " + (words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1])


if variant == "coin_change":
    n, k = int(toks[0]), int(toks[1])
    rest, used = n, []
    for c in reversed(list(map(int, toks[2:2 + k]))):
        if rest // c:
            used.append(f"{c}×{rest // c}")
        rest %= c
    split = " + ".join(used)
    print(f"{n} = {split} (가치×개수)이므로 동전 {answer}개가 필요합니다." if ko
          else f"{n} = {split} (value×count), so {answer} coins are needed.")
elif variant == "activity_selection":
    n = int(toks[0])
    reqs = sorted(range(n), key=lambda i: (int(toks[2 + 2 * i]), int(toks[1 + 2 * i]), i))
    chosen, last = [], -1
    for i in reqs:
        if int(toks[1 + 2 * i]) >= last:
            chosen.append(i)
            last = int(toks[2 + 2 * i])
    names = ", ".join(str(i + 1) for i in chosen)
    times = ", ".join(f"{toks[1 + 2 * i]}–{toks[2 + 2 * i]}" for i in chosen)
    more = len(chosen) + 1
    if ko:
        tail = f"{more}개를 열 수는 없습니다." if more <= n else "신청이 모두 열립니다."
        print(f"예를 들어 {names}번 신청(시각 {times})은 모두 함께 열 수 있고, {tail}")
    else:
        tail = f"no {more} requests can." if more <= n else "that is every request."
        print(f"For example requests {names} (times {times}) can all be held; {tail}")
elif variant == "min_rooms":
    n = int(toks[0])
    iv = [(int(toks[1 + 2 * i]), int(toks[2 + 2 * i])) for i in range(n)]
    # the start time at which the most events are in progress (an event uses [S, E))
    t = max((s for s, _ in iv), key=lambda t: (sum(s <= t < e for s, e in iv), -t))
    busy = [i for i, (s, e) in enumerate(iv) if s <= t < e]
    names = ", ".join(str(i + 1) for i in busy)
    spans = ", ".join(f"{iv[i][0]}–{iv[i][1]}" for i in busy)
    # a witness that `answer` are enough: by start time, each event joins the first group whose last one has ended
    groups = []
    for i in sorted(range(n), key=lambda i: (iv[i][0], i)):
        free = next((g for g in groups if iv[g[-1]][1] <= iv[i][0]), None)
        if free is None:
            groups.append([i])
        else:
            free.append(i)
    if len(groups) != int(answer):  # never show a split the answer does not match
        groups = []
    if ko:
        split = "; ".join(", ".join(str(i + 1) for i in g) + "번(시각 " + ", ".join(f"{iv[i][0]}–{iv[i][1]}" for i in g)
                          + ")" for g in groups)
        print(f"시각 {t}에는 {names}번(시각 {spans})이(가) 동시에 진행 중이므로 적어도 {answer}개가 필요하고, "
              + (f"{split}처럼 나누면 {answer}개로 모두 열 수 있습니다." if len(groups) > 1 else
                 f"{answer}개면 모두 열 수 있습니다."))
    else:
        verb = {1: "is", 2: "are both"}.get(len(busy), "are all")
        split = "; ".join(ordinals([i + 1 for i in g]) + " (times " + ", ".join(f"{iv[i][0]}–{iv[i][1]}" for i in g)
                          + ")" for g in groups)
        print(f"At time {t}, {ordinals([i + 1 for i in busy])} (times {spans}) {verb} in progress, so at least "
              f"{answer} {'is' if answer == '1' else 'are'} needed, and {answer} {'is' if answer == '1' else 'are'} "
              + (f"enough, one for each group: {split}." if len(groups) > 1 else "enough for all of them."))
elif variant == "job_deadlines":
    import heapq
    n = int(toks[0])
    jobs = sorted(range(n), key=lambda i: (int(toks[1 + 2 * i]), i))
    heap = []
    for i in jobs:
        d, p = int(toks[1 + 2 * i]), int(toks[2 + 2 * i])
        if len(heap) < d:
            heapq.heappush(heap, (p, i))
        elif heap[0][0] < p:
            heapq.heapreplace(heap, (p, i))
    plan = sorted((int(toks[1 + 2 * i]), i) for _, i in heap)
    terms = " + ".join(toks[2 + 2 * i] for _, i in plan)
    if ko:
        days = ", ".join(f"{day}일째에 {i + 1}번" for day, (_, i) in enumerate(plan, 1))
        print(f"{days}을(를) 하면 {terms} = {answer}이고, 이보다 많이 받을 수는 없습니다.")
    else:
        days = ", ".join(f"{ordinals([i + 1])} on day {day}" for day, (_, i) in enumerate(plan, 1))
        print(f"Doing {days} earns {terms} = {answer}; no choice earns more.")
