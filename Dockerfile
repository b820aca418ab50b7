# Build
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/CoachingAcademy.Web -c Release -o /app

# Run
FROM mcr.microsoft.com/dotnet/aspnet:10.0
# A sans-serif TrueType font for the certificates of completion (PDFsharp draws with installed fonts).
RUN apt-get update && apt-get install -y --no-install-recommends fonts-dejavu-core && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build /app .
ENV ASPNETCORE_URLS=http://+:8080 \
    App__DataDirectory=/data
VOLUME /data
EXPOSE 8080
ENTRYPOINT ["dotnet", "CoachingAcademy.Web.dll"]
