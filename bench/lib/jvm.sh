# The JVM options the ./greentrain launcher gives every command, for benchmark mains run from the bench jar, so that
# they measure what users run: the parallel collector (see the launcher) and DJL's offline mode.
# shellcheck disable=SC2034
JVM_OPTS=(-XX:+UseParallelGC -Dai.djl.offline=true)
