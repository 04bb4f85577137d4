class Temperature:
    def __init__(self, celsius: float):
        self._celsius = celsius

    @property
    def celsius(self) -> float:
        return self._celsius

    @celsius.setter
    def celsius(self, value: float) -> None:
        if value < -273.15:
            raise ValueError(f"{value} is below absolute zero")
        self._celsius = value

    @property
    def fahrenheit(self) -> float:
        return self._celsius * 9 / 5 + 32


def convert(c: float, new: float) -> list[float]:
    t = Temperature(c)
    before = t.fahrenheit
    t.celsius = new
    return [before, t.celsius, t.fahrenheit]


# inputs: {"c": 100.0, "new": 0.0}
# inputs: {"c": 20.0, "new": -300.0}
