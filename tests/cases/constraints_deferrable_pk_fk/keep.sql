-- expect: 7|2
SELECT CONCAT_WS('|', i.id, n.id) FROM item i JOIN node n ON n.id = i.node_id
