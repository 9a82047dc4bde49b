"""The learned attribution tagger: a linear-chain CRF over parse features and the rules' roles.

``features.py`` describes each token, ``tags.py`` turns gold attributions into BIO tags and
predicted tags back into linked attributions, ``model.py`` loads the shipped CRF, ``apply.py``
runs it over a parsed document beside the rules, and ``train.py`` fits one
(``corroborate train``).
"""
