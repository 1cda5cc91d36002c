"""/search/ (the English word) leads to the site search with the query kept."""


def test_search_in_english_redirects_to_the_site_search_with_the_query(client):
    response = client.get("/search/?q=tandpleje")
    assert response.status_code == 301
    assert response["Location"] == "/soeg/?q=tandpleje"
