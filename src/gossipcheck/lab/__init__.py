"""The lab: everything that is research, not product.

Training and evaluating the credibility model, benchmarks, the sourcing gold-set
evaluation, the same-story matching benchmark and the builders of the shipped data
tables (``gossipcheck/data/README.md`` says which command rebuilds which file). Reached
as ``gossipcheck lab ...``; needs the ``lab`` extra (``pip install gossipcheck[lab]``),
fine-tuning the encoder also the ``train`` extra. Labelled data is read from
:func:`gossipcheck.settings.shared_data_dir` (``$GOSSIPCHECK_DATA``, default
``../shared/data``). The product never imports this package.
"""
