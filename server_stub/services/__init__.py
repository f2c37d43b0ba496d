"""Application services: each use case of the API as one function over a database transaction."""
