"""A sample's explanation from its input alone: reads {"input", "language", "texts", ...} as JSON."""
import json
import sys


case = json.load(sys.stdin)
ko, texts = case["language"] == "ko", case["texts"]
tokens = [int(t) for t in case["input"].split()]
n, limit = tokens[0], tokens[1]
weights = sorted(tokens[2:2 + n], reverse=True)
# One optimal grouping (heaviest with the lightest that still fits), and the number of pairs in it, which is the
# largest number of disjoint pairs within the limit.
groups, light, heavy = [], n - 1, 0
while heavy <= light:
    if heavy < light and weights[heavy] + weights[light] <= limit:
        groups.append(f"{weights[heavy]}+{weights[light]}")
        light -= 1
    else:
        groups.append(str(weights[heavy]))
    heavy += 1
pairs = n - len(groups)
answer = len(groups)
shown = ", ".join(groups)
if ko:
    vehicle = texts["vehicle"]
    if pairs == 0:
        print(f"어느 두 명도 몸무게 합이 {limit} 이하가 되지 않으므로 모두 따로 타야 하고, {vehicle} {answer}개가 필요합니다.")
    else:
        print(f"몸무게를 {shown}처럼 나누면 {vehicle} {answer}개로 모두 태울 수 있습니다. 몸무게 합이 {limit} 이하인 두 명의 "
              f"짝은 같은 사람이 겹치지 않게 많아야 {pairs}쌍만 만들 수 있으므로, {vehicle}은(는) 적어도 "
              f"{n} - {pairs} = {answer}개가 필요합니다.")
else:
    vehicle, vehicles = texts["vehicle"], texts["vehicles"]
    noun = vehicle if answer == 1 else vehicles
    if pairs == 0:
        print(f"No two weights add up to at most {limit}, so everybody goes alone: {answer} {noun}.")
    else:
        # the count first: after the groups ('5, 4, 4 boats') it read as one more group
        print(f"{answer} {noun} {'carries' if answer == 1 else 'carry'} everybody, with the weights grouped as "
              f"{shown}. No more than {pairs} "
              f"{'pair' if pairs == 1 else 'pairs'} with a total of at most {limit} can be formed without using "
              f"anybody twice, so at least {n} - {pairs} = {answer} {noun} {'is' if answer == 1 else 'are'} needed.")
