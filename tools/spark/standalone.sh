#!/usr/bin/env bash
# Runs the dyad-spark job on a real Spark standalone cluster on this machine and checks it against
# ./dyad code: a master and one worker on 127.0.0.1 (free ports), started from Spark's jars on Maven
# Central (no Spark download: tools/spark/dist/pom.xml lists them, as a distribution's jars/ folder),
# spark-submit of the module's cluster jar (mvn -Pcluster), then tools/spark/CompareRun.java.
# Everything it started is stopped on exit.
#
#   tools/spark/standalone.sh [INPUT] [WORK_DIR]     (default: ../shared/eval/seeds, a fresh temp dir)
#   EXECUTOR_MEMORY=3g EXECUTOR_CORES=2 JAR=... tools/spark/standalone.sh ...
#
# Memory: executor $EXECUTOR_MEMORY (default 3g) + driver 1 GB + master and worker 256 MB each, and
# ./dyad code's 3 GB after the cluster is gone.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
INPUT="$(realpath "${1:-$ROOT/../shared/eval/seeds}")"
WORK="${2:-$(mktemp -d -t dyad-standalone-XXXXXX)}"
mkdir -p "$WORK"
WORK="$(realpath "$WORK")"
EXECUTOR_MEMORY="${EXECUTOR_MEMORY:-3g}"
EXECUTOR_CORES="${EXECUTOR_CORES:-2}"
JAR="${JAR:-$ROOT/dyad-spark/target/dyad-spark-0.1.0-SNAPSHOT-cluster.jar}"
DATA="${DYAD_DATA:-$ROOT/../shared/data}"

if [[ ! -f "$JAR" ]]; then
  echo "building the cluster jar ..." >&2
  (cd "$ROOT" && mvn -q -B -f all.xml -Pcluster package -DskipTests)
fi

# SPARK_HOME: Spark 4.1.3's jars from the local Maven repository, linked into jars/
export SPARK_HOME="$WORK/spark-home" SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1
mkdir -p "$SPARK_HOME/jars"
mvn -q -B -f "$ROOT/tools/spark/dist/pom.xml" dependency:build-classpath -Dmdep.outputFile="$WORK/spark-classpath.txt" >&2
tr ':' '\n' < "$WORK/spark-classpath.txt" | while read -r j; do ln -sf "$j" "$SPARK_HOME/jars/"; done
CP="$SPARK_HOME/jars/*"
LOG4J="-Dlog4j2.configurationFile=$ROOT/dyad-spark/conf/log4j2.properties"

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }
PIDS=()
cleanup() { for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done; wait 2>/dev/null || true; }
trap cleanup EXIT

PORT=$(free_port)
MASTER="spark://127.0.0.1:$PORT"
java -Xmx256m "$LOG4J" -Dspark.master.rest.enabled=false -cp "$CP" org.apache.spark.deploy.master.Master \
  --host 127.0.0.1 --port "$PORT" --webui-port 0 > "$WORK/master.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 600); do (echo > "/dev/tcp/127.0.0.1/$PORT") 2>/dev/null && break; sleep 0.5; done
java -Xmx256m "$LOG4J" -cp "$CP" org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --port 0 --webui-port 0 \
  --cores "$EXECUTOR_CORES" --memory "$EXECUTOR_MEMORY" --work-dir "$WORK/work" "$MASTER" > "$WORK/worker.log" 2>&1 &
PIDS+=($!)

echo "spark-submit to $MASTER (executor: $EXECUTOR_CORES cores, $EXECUTOR_MEMORY) ..." >&2
/usr/bin/time -f "spark-submit: wall %e s, driver CPU %U s user %S s sys" \
  java -Xmx1g "$LOG4J" -cp "$CP" org.apache.spark.deploy.SparkSubmit --master "$MASTER" --deploy-mode client \
  --class org.dyad.spark.DyadSparkJob --executor-memory "$EXECUTOR_MEMORY" --executor-cores "$EXECUTOR_CORES" \
  --total-executor-cores "$EXECUTOR_CORES" --conf spark.ui.enabled=false \
  --conf spark.executor.extraJavaOptions=-XX:+UseParallelGC \
  "$JAR" "$INPUT" --out "$WORK/run" --data "$DATA" 2>&1 | grep -v -E "^\s*$" | tee "$WORK/submit.log" >&2
cleanup
PIDS=()

echo "./dyad code on the same input ..." >&2
DYAD_JAVA_OPTS="${DYAD_JAVA_OPTS:--Xmx3g}" "$ROOT/dyad" code "$INPUT" -o "$WORK/code.jsonl"
DUCKDB=$(tr ':' '\n' < "$ROOT/dyad-spark/target/classpath.txt" | grep duckdb_jdbc)
java -cp "$DUCKDB" "$ROOT/tools/spark/CompareRun.java" "$WORK/run" "$WORK/code.jsonl"
