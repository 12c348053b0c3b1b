"""What a draft mentions, read once per draft and shared by the rules: the people it names and
addresses, the organisations it names and the part each plays, and the template fields it
still holds.

Modules (each reads the parsed :class:`~etiquette_lint.draft.Draft` and the NLP analysis,
never the raw input):

- :mod:`.words`: the vocabulary names are read with (folding, titles, generic addressees, ...);
- :mod:`.people`: the greeting line (:func:`~.people.salutation`), the people it and the
  body address, whether a name can be a known person;
- :mod:`.orgs` and :mod:`.org_roles`: organisations and their roles (recipient's company,
  employer, school, client, other), company names and e-mail domains;
- :mod:`.framing`: the candidate's own parts and how the words around a name frame it;
- :mod:`.fields` and :mod:`.field_values`: unfilled template fields and what fills them.

Results that several rules read (organisations, template fields) are computed once per
draft (:func:`etiquette_lint.perdraft.per_draft`).
"""
