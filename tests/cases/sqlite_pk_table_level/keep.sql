-- expect: 3
SELECT album_id FROM album
