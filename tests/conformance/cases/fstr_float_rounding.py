def money(x: float) -> list[str]:
    # Fixed-point formatting rounds the exact binary value, half to even.
    return [f"{x:.0f}", f"{x:.1f}", f"{x:.2f}", f"{x:g}", f"{x:.10g}", f"{x:_.3f}", f"{x:+.1e}"]


# inputs: {"x": 2.5}
# inputs: {"x": 3.5}
# inputs: {"x": 2.675}
# inputs: {"x": 0.045}
# inputs: {"x": 1234567.125}
# inputs: {"x": -0.0}
# inputs: {"x": 1e-7}
