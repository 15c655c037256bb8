"""A sample's explanation from its executed answer: reads {"input", "output", "language", "params"} as JSON.
The story nouns are not passed in, so the wording stays neutral."""
import json
import sys

case = json.load(sys.stdin)
variant, ko = case["params"]["variant"], case["language"] == "ko"
toks, answer = case["input"].split(), case["output"].split()[0]
if variant == "coin_change":
    n, k = int(toks[0]), int(toks[1])
    rest, used = n, []
    for c in reversed(list(map(int, toks[2:2 + k]))):
        if rest // c:
            used.append(f"{c}×{rest // c}")
        rest %= c
    split = " + ".join(used)
    print(f"{n} = {split} 이므로 동전 {answer}개가 필요합니다." if ko else f"{n} = {split}, so {answer} coins are needed.")
elif variant == "activity_selection":
    print(f"겹치지 않게 최대 {answer}개를 열 수 있습니다." if ko else f"At most {answer} of the requests can be held without overlapping.")
elif variant == "min_rooms":
    print(f"{answer}개가 있으면 모두 열 수 있고, 더 적으면 불가능합니다." if ko else f"{answer} are enough for all of them, and fewer are not.")
elif variant == "job_deadlines":
    print(f"가장 좋게 고르면 합은 {answer}입니다." if ko else f"The best choice earns a total of {answer}.")
