"""Common English words that open sentences with a capital; language data for PE02.

A capitalised word seen only at the start of sentences may be an ordinary
word ("While", "There"), not a name: PE02 does not compare these with names.
"""

SENTENCE_STARTERS = frozenset("""
about above according across after afterwards again against almost along already although
always among another anyone anything around asked because before behind being below beside
besides between beyond both could despite during earlier either elsewhere enough especially
even every everyone everything except first following former further having however indeed
inside instead later latter least meanwhile might moreover most mostly much never nevertheless
nobody nonetheless nothing often other others otherwise outside over perhaps please rather
really since some someone something sometimes still such than that their them then there
therefore these they this those though three through throughout thus today together tomorrow
toward towards under unless unlike until upon very what whatever when whenever where whereas
wherever whether which while white whoever whole whose with within without would yesterday
yet your speaking asked adding noting saying reporting writing officials several many
""".split())
