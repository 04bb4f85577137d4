# Hand-written nasty snippets, each compared with CPython's ast.dump by
# test_parser_parity.py. Snippets are separated by "# ----" lines.
x = 1
# ----
x = f"{a!r:>{width}.{precision}}" f'{b=}' rf"\d{c}\n" F"{{}}{d}"
# ----
x = f"""
   {a
    + b}
  {c:{'>'}{10}}
"""
# ----
x = f"{'nested'}" f"{x:{y}}" f"{ x = }" f"{x=!s:^10}"
# ----
x = f"{3,}" f"{(3, 4)}" f"{a, b}"
# ----
x = f'{f"{inner}"}'
# ----
x = 'a' 'b' u'c' "d"
# ----
x = u'unicode' 'more'
# ----
x = b'\x00\xff\n\\' rb'\d' Br'x' b"'" b'"'
# ----
s = '\a\b\f\n\r\t\v\0\07\101\x41\u00e9\U0001F600\N{BULLET}\N{LATIN SMALL LETTER A}\ud800\udfff'
# ----
s = 'unknown \q escape \
continued'
# ----
s = """triple
with "quotes" and 'single' and \""" escaped"""
# ----
s = 'it\'s' "say \"hi\"" '"' "'" '\'"'
# ----
n = [0, 00, 0_0, 1_000_000, 0xDEAD_beef, 0o777, 0b1010_1010, 0XFF, 0O7, 0B1]
# ----
n = [1., .5, 1.5, 1e10, 1E-10, 1_0.0_1e+1_0, 0.0, 1e400, 3j, 1.5J, 1e3j, .5j, 0j]
m = [10000000000000000.0, 1e16, 123456789.123456789, 1e-5, 0.0001, 5e-324, 1.7976931348623157e308]
# ----
n = 123456789012345678901234567890 + 0xFFFFFFFFFFFFFFFFFFFF + 9223372036854775807 + 9223372036854775808
# ----
a = 1if b else 2
# ----
def f(a, b=1, /, c=2, *d, e, f=3, **g): pass
def g(*, a, b=2): pass
def h(a, /): pass
def i(*args: int, **kwargs: str) -> "x": ...
lambda: 0
lambda a, /, b, *c, d=1, **e: a
lambda *, k: k
# ----
@a
@b.c(d)
@e[f] if g else h
def f(): pass
@dec
class C: pass
@dec
async def g(): pass
# ----
class A(B, C, metaclass=M, **kw):
    x: int
    y: "str" = 'y'
    (z): int = 1
    a.b: int
    c[0]: int = 3
# ----
async def f():
    async for x in y:
        await z
    async with a as b, c:
        pass
    [i async for i in aiter() if await i]
    return await x ** 2
# ----
def gen():
    x = yield
    y = yield 1, 2
    z = yield from g()
    w = (yield)
    f((yield))
# ----
if a: pass
elif b: pass
elif c:
    pass
else:
    pass
# ----
while x:
    break
else:
    continue
# ----
for x, (y, *z) in w: pass
for [a, b] in c: pass
for a.b in c: pass
for a[0], b in c: pass
for x in 1, 2, 3: pass
for x in *a, *b: pass
# ----
try:
    pass
except A:
    pass
except (B, C) as e:
    pass
except:
    pass
else:
    pass
finally:
    pass
# ----
try:
    pass
except* ValueError as eg:
    pass
except* (TypeError, KeyError):
    pass
# ----
try: pass
finally: pass
# ----
with a: pass
with a as b: pass
with a as (b, c): pass
with (a, b): pass
with (a, b) as c: pass
with (a as b, c as d,): pass
with (
    open(x) as f,
    open(y) as g
):
    pass
with (yield): pass
# ----
match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case Point(x=0, y=0):
        pass
    case [Point(x=0, y=0), *rest]:
        pass
    case {"x": x, "y": y, **rest}:
        pass
    case 1 | 2 | 3:
        pass
    case -1 | 1.5 | -2j | 1 + 2j | -1 - 2j:
        pass
    case "a" "b" | b"x":
        pass
    case None | True | False:
        pass
    case Color.RED | a.b.c:
        pass
    case (1, 2) | [3, 4] | () | []:
        pass
    case (x):
        pass
    case x if x > 0:
        pass
    case (1 as one) | (2 as one):
        pass
    case [*_]:
        pass
    case {1: _, "k": [a, b], Color.RED: c}:
        pass
    case C(1, 2, k=3):
        pass
    case _:
        pass
# ----
match x, y:
    case a, b: pass
match *x, y:
    case [*a]: pass
match = 1
match.foo = 2
match(x)
case = 3
print(match, case)
# ----
match x:
    case *a, b:
        pass
    case (*a,):
        pass
    case [a, b,]:
        pass
    case {**rest}:
        pass
    case str() | bytes():
        pass
# ----
import a
import a.b.c as d, e
from . import x
from .. import y as z
from ...pkg.mod import (a, b as c,)
from .... import w
from m import *
# ----
global a, b
nonlocal c
del a, b[0], c.d, (e, f), [g]
assert x, "msg"
assert x
raise
raise E
raise E from None
return
# ----
x = y = z = 1
a, b = b, a
*a, b = c
[a, *b] = c
a.b = c[d] = e
x += 1; x -= 1; x *= 1; x @= 1; x /= 1; x //= 1; x %= 1; x **= 1
x >>= 1; x <<= 1; x &= 1; x ^= 1; x |= 1;
# ----
if (n := len(a)) > 10: pass
[y := f(x), y**2]
f(x := 1, y=2)
a[b := 1]
while chunk := f.read(): pass
# ----
x = a if b else c if d else e
x = not a and b or not c
x = a < b <= c > d >= e == f != g in h not in i is j is not k
x = -a ** -b
x = ~a + +b - -c
x = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m
x = (a, b), [c, d], {e, f}, {g: h, **i}, ()
# ----
x = a[1:2], a[::], a[:], a[1:], a[:2], a[::3], a[1:2:3], a[1:2, 3], a[...], a[:, None], a[()], a[b,]
x = a[*b], a[*b, c], a[1:2, *c]
# ----
f(a, b, *c, d=e, **f)
f(*a, *b, c=1, *d, **e, **f)
f(x for x in y)
f(a, b=c)(d)[e].g
x = [i for i in range(10) if i if not i for j in i]
x = {i: j for i, j in k}
x = {i for i in j}
x = (i for i in j)
x = [*a, *b]
x = {**a, 'b': 1, **c}
x = *a, *b
print(*a)
# ----
x = (1 +
     2)
y = [
    1,
    2,
]
z = 1 + \
    2
# ----
if x:
	y = 1
	if z:
		pass
# ----
def f():
    return (
        # comment
        a  # another
    )
# ----
x = ...
y = a[..., 0]
def f(): ...
# ----
x = (
    a
    .b
    .c()
)
# ----
class C:

    def f(self):

        pass



    x = 1
# ----
x = 'ünïcödé' + "日本語" + f"{'é'}" + '\N{GREEK SMALL LETTER ALPHA}' + '\u200b\xa0\x7f\U0010ffff'
é = 1
ñame = 2
ｗｉｄｔｈ = 3
# ----
x = f"{x:{'<' if y else '>'}{w}}" + f"{'a' if b else 'c'}"
# ----
x = f"{x!a}" f"{x!s:>10}" f"{x:%Y-%m-%d}" f"{x:>10}"
# ----
x = rf"\{x}" fr'\n{y}\n'
y = Rb'\\' bR"\x"
# ----
x = [
    1,  # one
    # standalone
    2,
]
# ----
if True:
    pass
    # trailing comment at lower indent
# comment at col 0
x = 1
# ----
x = a.b.c.d(e)(f)[g][h].i
# ----
print("a", end="") ; print("b")
# ----
def f(a, b):
    def g():
        nonlocal a
        global b
        return lambda: (yield)
# ----
x = f"{a['b']}" f'{a["b"]}'
# ----
x = f"{1}{2}" f"" "" f"{3}"
# ----
x = f"a" "b" f"c"
# ----
x = f"{x:=10}"
# ----
x = (yield)
# ----
x = [a for b in c for d in e if f if g]
# ----
for x in y:
    pass
else:
    pass
# ----
x = (a for b in c)
y = sum(a for b in c)
z = f((a for b in c), d)
# ----
class C(): pass
class D(object,): pass
# ----
def f(a,): pass
def g(*a,): pass
def h(**a,): pass
def i(a, *, b,): pass
# ----
f(a,)
f(*a,)
f(**a,)
f(a=1,)
# ----
x = [1, 2, 3,]
y = {1: 2,}
z = {1,}
w = (1,)
# ----
x = a.b
x.y = 1
del x.y
# ----
x = "a\
b"
# ----
x = '''a
b
c'''
# ----
x = "\N{EM DASH}\N{em dash}"
# ----
with a, b, c: pass
# ----
with a() as b, c() as d: pass
# ----
x = [(yield)]
# ----
if x:
    if y:
        pass
    elif z:
        pass
# ----
def f():
    try:
        pass
    except E:
        pass
x = 1
# ----
x = {}
y = []
z = ()
# ----
x = not not a
y = - - - b
z = a ** b ** c
# ----
x = a.b(c).d[e:f]
# ----
x = """
\tindented\x20
"""
# ----
x = "tab	inside"
# ----
	# comment with a tab
x = 1
# ----
if x:  pass
# ----
x = 1 # no newline at end
# ----
a = u"a" f"b"
b = f"" ""
c = "" f"{x}"
d = u"" f"{x}" u"y"
e = f"{x}" u"y"
f = f"{x:{y}}" f"{{}}"
g = f"{x!r:{y}=}"
h = f'{x:{"a"}}'
i = U"a"
j = u"a" f"{x}" "b"
k = u"" f"{x:{y}a}"
l = u"" f"{x:a{y}}"
