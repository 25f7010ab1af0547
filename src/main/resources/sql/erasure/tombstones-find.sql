select hmac, erased_at from erasure_tombstones where hmac = any(?)
