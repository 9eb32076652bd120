"""A quicker __init__ for the frozen dataclasses that extraction makes by the dozen an
article (date, time, service, place, duration and cause mentions).

A frozen dataclass's own __init__ sets each field through object.__setattr__ (a call per
field, to get past the frozen __setattr__); this one writes the fields into the new
instance's __dict__ directly, with the same parameters and defaults. Nothing else about
the class changes (equality, hashing, repr, replace(), pickling, the frozen guard).
"""

from __future__ import annotations

import dataclasses


def quick_init(cls):
    """Give a frozen dataclass the quicker __init__; a class this does not cover (a field
    with a default factory, init=False or keyword-only, a __post_init__, slots) keeps its own."""
    fields = dataclasses.fields(cls)
    if (
        not cls.__dataclass_params__.frozen
        or hasattr(cls, "__post_init__")
        or "__slots__" in cls.__dict__
        or any(not f.init or f.kw_only or f.default_factory is not dataclasses.MISSING for f in fields)
    ):
        return cls
    params: list[str] = []
    namespace: dict = {}
    for f in fields:
        if f.default is dataclasses.MISSING:
            params.append(f.name)
        else:
            namespace[f"_default_{f.name}"] = f.default
            params.append(f"{f.name}=_default_{f.name}")
    body = "\n".join(f"    _fields[{f.name!r}] = {f.name}" for f in fields)
    exec(f"def __init__(self, {', '.join(params)}):\n    _fields = self.__dict__\n{body}\n", namespace)
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    init.__module__ = cls.__module__
    cls.__init__ = init
    return cls
