"""Reading an article: nlp loading, the word lists of data/ and the syntax helpers every finder shares."""
