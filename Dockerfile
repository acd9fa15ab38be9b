# One image per service, built from the repository root:
#   docker build --build-arg SERVICE=assignment-service --build-arg PORT=8081 .
FROM maven:3.9-eclipse-temurin-17 AS build
ARG SERVICE
WORKDIR /src
COPY . .
RUN mvn -q -B -DskipTests -pl ${SERVICE} -am package \
 && cp ${SERVICE}/target/${SERVICE}-*-exec.jar /service.jar

FROM eclipse-temurin:17-jre
ARG PORT
RUN useradd --system --uid 10001 app
COPY --from=build /service.jar /app/service.jar
USER app
EXPOSE ${PORT}
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=75", "-jar", "/app/service.jar"]
