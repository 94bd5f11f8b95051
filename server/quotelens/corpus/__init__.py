"""Corpus analysis: whole news archives on a Dask cluster, embedded on one machine or remote (`quotelens corpus`).

Needs the `corpus` extra (dask, distributed, pyarrow, warcio, fsspec). The modules, in the order a run meets them:
`sources` (what to read and how it is cut into partitions), `worker` (what one worker does with a partition),
`tables` and `outputs` (what it writes), `manifest` (which partitions are done), `cluster` (where it runs), `run`
(the orchestrator), `progress`, `aggregate` (the speaker table across a finished corpus), `command` (the CLI).
"""
