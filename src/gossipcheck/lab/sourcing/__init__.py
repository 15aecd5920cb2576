"""The sourcing gold-set evaluation and the sourcing/outlet table builders."""
