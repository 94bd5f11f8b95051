"""People in an article: name mentions, names, titles, officials."""
