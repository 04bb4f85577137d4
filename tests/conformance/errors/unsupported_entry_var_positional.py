# expect-compile-error: [not-supported-yet]
# expect-line: 3
def total(*nums: int) -> int:
    return sum(nums)
