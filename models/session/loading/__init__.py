"""Loading a session: the one core under the window, the command line and the exports.

Plain functions with explicit arguments, no Qt: the window runs them as worker tasks
(``app.data_controller``), every command and the headless export call them directly.

* ``cached.load_cached``: a selection as the cache holds it (a set-aside file named as
  such), with the equity's volume proxy.
* ``fetching.fetch_instrument`` / ``fetch_in_batch``: the missing bars of one instrument,
  alone or as one of several concurrent fetches of a request (progress over the batch,
  the first "network down" stops the others).
* ``volume_proxy.load_volume_proxy``: the one volume-proxy policy (the catalogue's, IWM
  for ^RUT, unless overridden; from the cache or this run's imports, never fetched).
* ``demo.demo_session``: the one demo picker.
* ``headless.load_session``: what a command asks for (demo, imports, cache, top-up).
* ``derived``: a ratio, basket or altseason index loaded as its inputs, then computed
  (the one hook each loader calls).
* ``failures.FailureMemory``: which series failed this session.

Imports (read and checked in full, the calendar rule) are ``models.session.imports``.
"""
