# sys.argv and sys.exit with a status from a function.
import sys

print(len(sys.argv), sys.argv[0].endswith("sys_argv_exit.py"))
print(sys.version_info[0], sys.version_info[1])

def main():
    print("main ran")
    sys.exit(0)

main()
print("not reached")
