# 'async with' outside an async function is a compile-time SyntaxError: nothing runs.
print("not printed")
async def fine():
    async with x:
        pass
def wrong():
    async with x:
        pass
