"""Derived series: ratios, equal-weight baskets and the altseason breadth index.

A derived series is typed like any symbol and resolved by the catalogue
(``models.market.instruments.Catalogue.resolve``) into an ``Instrument`` whose ``recipe``
names its inputs. The loaders load the inputs (from the cache, this run's imports or a
fetch) and compute the derived frame from them (``series.derive``); nothing derived is
ever cached, so it is recomputed whenever an input changes.

* ``syntax``: what may be typed (``A / B``, ``basket(...)``, ``altseason(...)``).
* ``recipe``: the resolved recipe (kind, inputs, benchmark, window) and its calendar rule.
* ``universe``: the alts the altseason index counts, and what may not be one.
* ``ratio``, ``basket``, ``altseason``: the computations on closes (``closes``: the
  helpers they share).
* ``series``: ``DerivedSeries`` and ``derive``.
* ``time_to_target``: days from each breakout to a derived series' target.
"""
