"""The "What to do now" wizard: the flow as data (`model`), read and translated (`loader`), asked (`engine`)
and checked down every path (`checks`). No Qt."""
