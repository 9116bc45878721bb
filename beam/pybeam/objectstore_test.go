package pybeam

import (
	"context"
	"fmt"
	"io"
	"log"
	"math/rand/v2"
	"net/http"
	"net/http/httptest"
	"os"
	"reflect"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/passert"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/johannesboyne/gofakes3"
	"github.com/johannesboyne/gofakes3/backend/s3mem"

	"github.com/pyround/pyround/pyops"
)

// s3 is the fake S3 store (gofakes3, in memory, on loopback), one for
// the test process, since openAt makes its S3 client once per process;
// testS3Client is the tests' own client of it.
var (
	fakeS3Once   sync.Once
	fakeS3       *objectStore
	testS3Client *s3.Client
	fakeS3Err    error
)

// s3Store starts the fake S3 store on first use and points the AWS SDK's
// default configuration (which Beam's s3 filesystem and openAt read) at
// it, with made-up credentials and no shared files or instance metadata.
func s3Store(t testing.TB) *objectStore {
	t.Helper()
	fakeS3Once.Do(func() {
		st := &objectStore{scheme: "s3", gets: map[string][]string{}}
		faker := gofakes3.New(s3mem.New()).Server()
		srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			// Path style: /bucket/key.
			if bucketKey := strings.TrimPrefix(r.URL.Path, "/"); r.Method == http.MethodGet && strings.Contains(bucketKey, "/") && !strings.HasSuffix(bucketKey, "/") {
				st.noteGet(r, bucketKey)
			}
			faker.ServeHTTP(w, r)
		}))
		// gofakes3 answers a GET the client stopped reading (a restriction
		// reads only the lines it owns) with a second WriteHeader, which
		// net/http logs: noise, not a failure.
		srv.Config.ErrorLog = log.New(io.Discard, "", 0)
		srv.Start()
		// The server lives as long as the test process.
		for k, v := range map[string]string{
			"AWS_ENDPOINT_URL":            srv.URL,
			"AWS_ACCESS_KEY_ID":           "pyround",
			"AWS_SECRET_ACCESS_KEY":       "pyround",
			"AWS_REGION":                  "us-east-1",
			"AWS_EC2_METADATA_DISABLED":   "true",
			"AWS_CONFIG_FILE":             os.DevNull,
			"AWS_SHARED_CREDENTIALS_FILE": os.DevNull,
		} {
			os.Setenv(k, v)
		}
		cfg, err := config.LoadDefaultConfig(context.Background())
		if err != nil {
			fakeS3Err = err
			return
		}
		testS3Client = s3.NewFromConfig(cfg)
		for _, b := range []string{"ranged", "norange"} {
			if _, err := testS3Client.CreateBucket(context.Background(), &s3.CreateBucketInput{Bucket: aws.String(b)}); err != nil {
				fakeS3Err = err
				return
			}
		}
		st.put = func(t testing.TB, bucket, key, content string) {
			t.Helper()
			_, err := testS3Client.PutObject(context.Background(), &s3.PutObjectInput{
				Bucket: aws.String(bucket), Key: aws.String(key), Body: strings.NewReader(content),
			})
			if err != nil {
				t.Fatal(err)
			}
		}
		fakeS3 = st
	})
	if fakeS3Err != nil {
		t.Fatal(fakeS3Err)
	}
	return fakeS3
}

// gcs is the fake Cloud Storage, one for the test process: it serves
// objects at the path of the XML API's downloads (/bucket/object), Range
// included (http.ServeContent), to the storage client that
// STORAGE_EMULATOR_HOST points at it. That is all of Cloud Storage a
// restriction's read uses: openAt's ranged read and, for the fallback,
// Beam's gcs filesystem's OpenRead.
var (
	fakeGCSOnce sync.Once
	fakeGCS     *objectStore
)

func gcsStore(t testing.TB) *objectStore {
	t.Helper()
	fakeGCSOnce.Do(func() {
		st := &objectStore{scheme: "gs", gets: map[string][]string{}}
		var mu sync.Mutex
		objects := map[string]string{}
		srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			bucketKey := strings.TrimPrefix(r.URL.Path, "/")
			mu.Lock()
			content, ok := objects[bucketKey]
			mu.Unlock()
			if r.Method != http.MethodGet || !ok {
				http.NotFound(w, r)
				return
			}
			st.noteGet(r, bucketKey)
			http.ServeContent(w, r, "", time.Time{}, strings.NewReader(content))
		}))
		srv.Config.ErrorLog = log.New(io.Discard, "", 0)
		srv.Start()
		os.Setenv("STORAGE_EMULATOR_HOST", strings.TrimPrefix(srv.URL, "http://"))
		st.put = func(t testing.TB, bucket, key, content string) {
			mu.Lock()
			objects[bucket+"/"+key] = content
			mu.Unlock()
		}
		fakeGCS = st
	})
	return fakeGCS
}

// getObject reads s3://bucket/key.
func getObject(t *testing.T, bucket, key string) string {
	t.Helper()
	out, err := testS3Client.GetObject(context.Background(), &s3.GetObjectInput{Bucket: aws.String(bucket), Key: aws.String(key)})
	if err != nil {
		t.Fatal(err)
	}
	defer out.Body.Close()
	b, err := io.ReadAll(out.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// objectStore is a fake object store of the tests: gs:// or s3://, with
// the buckets "ranged" (Range honoured) and "norange" (Range ignored, as
// some S3-compatible stores do), and a note of every GET of an object.
type objectStore struct {
	scheme string
	put    func(t testing.TB, bucket, key, content string)

	mu   sync.Mutex
	gets map[string][]string // "bucket/key" → the Range header of each GET ("" for none)
}

// noteGet notes a GET of "bucket/key" with its Range header, and removes
// the header in the bucket "norange".
func (st *objectStore) noteGet(r *http.Request, bucketKey string) {
	st.mu.Lock()
	st.gets[bucketKey] = append(st.gets[bucketKey], r.Header.Get("Range"))
	st.mu.Unlock()
	if strings.HasPrefix(bucketKey, "norange/") {
		r.Header.Del("Range")
	}
}

// takeGets returns the GETs of "bucket/key" noted since the last call.
func (st *objectStore) takeGets(bucketKey string) []string {
	st.mu.Lock()
	defer st.mu.Unlock()
	g := st.gets[bucketKey]
	delete(st.gets, bucketKey)
	return g
}

// TestRangedReads reads objects of both stores restriction by
// restriction, as TestReadLinesSplits reads local files: each line comes
// out once, from the bucket that honours Range and from the one that
// ignores it (the fallback). From the first, every restriction past the
// start is read with one ranged GET from the byte before it, and none
// reads the object from its start; from the second, each such restriction
// asks for its range, gets the whole object, and reads it again from the
// start.
func TestRangedReads(t *testing.T) {
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(3, 4))
	contents := map[string]string{
		"long.csv":  bom + longText("\r\n"),
		"rows.csv":  "id,note,price\n" + strings.Join(csvRows(rng, 2000), "\n") + "\n",
		"tiny.csv":  "a\n",
		"nolf.csv":  "x,y\n1,2",
		"empty.csv": "",
	}
	for _, st := range []*objectStore{s3Store(t), gcsStore(t)} {
		for _, bucket := range []string{"ranged", "norange"} {
			for name, content := range contents {
				key := "in/" + name
				st.put(t, bucket, key, content)
				path := st.scheme + "://" + bucket + "/" + key
				file := fileio.ReadableFile{Metadata: fileio.FileMetadata{Path: path, Size: int64(len(content))}}
				// A restriction is a GET: blocks of 7 bytes on the small
				// objects only.
				sizes := []int64{7, 4096, 0}
				if len(content) > 1000 {
					sizes = []int64{997, 0}
				}
				for _, bs := range sizes {
					st.takeGets(bucket + "/" + key)
					fn := &readFn{Header: true, BlockSize: bs}
					rests := fn.SplitRestriction(file, fn.CreateInitialRestriction(file))
					var got []string
					for _, r := range rests {
						rt := fn.CreateTracker(r)
						if err := fn.ProcessElement(ctx, rt, file, func(l string) { got = append(got, l) }); err != nil {
							t.Fatalf("%s, block %d, %v: %v", path, bs, r, err)
						}
						if !rt.IsDone() {
							t.Errorf("%s, block %d: restriction %v not done", path, bs, r)
						}
					}
					want := splitLines(content, true)
					sort.Strings(got)
					sort.Strings(want)
					if len(got) != len(want) || (len(got) > 0 && !reflect.DeepEqual(got, want)) {
						t.Fatalf("%s, block %d: %d lines, want %d", path, bs, len(got), len(want))
					}

					var wantGets []string
					for _, r := range rests {
						switch {
						case r.Start == 0:
							wantGets = append(wantGets, "")
						case bucket == "ranged":
							wantGets = append(wantGets, fmt.Sprintf("bytes=%d-", r.Start-1))
						default:
							wantGets = append(wantGets, fmt.Sprintf("bytes=%d-", r.Start-1), "")
						}
					}
					if gets := st.takeGets(bucket + "/" + key); !reflect.DeepEqual(gets, wantGets) {
						t.Errorf("%s, block %d: %d restrictions made the GETs (by Range) %q, want %q", path, bs, len(rests), gets, wantGets)
					}
				}
			}
		}
	}
}

// TestS3Pipeline runs the read, the rewrite and the write on prism with
// s3:// paths (Beam's s3 filesystem lists, sizes and writes; openAt reads
// the restrictions): the objects written hold the header and the rows the
// pyround command writes for the same file, and the dead letter its
// failures.
func TestS3Pipeline(t *testing.T) {
	st := s3Store(t)
	ctx := context.Background()
	rng := rand.New(rand.NewPCG(5, 6))
	const header = "id,note,price"
	rows := csvRows(rng, 5000)
	st.put(t, "ranged", "pipeline/in.csv", header+"\n"+strings.Join(rows, "\n")+"\n")

	spec := pyops.Spec{Op: "round", N: "2"}
	r := Records{Format: "csv", Columns: []string{"price"}}
	wantHeader, want, wantFailed := cliOutput(t, spec, r, header, rows)

	input := "s3://ranged/pipeline/*.csv"
	gotHeader, err := ReadHeader(ctx, input)
	if err != nil {
		t.Fatal(err)
	}
	if gotHeader != header {
		t.Fatalf("ReadHeader: %q, want %q", gotHeader, header)
	}
	p, s := beam.NewPipelineWithRoot()
	lines := ReadLines(s, input, ReadOptions{Header: true, BlockSize: 8 << 10})
	res, err := RewriteRecords(s, spec, r, gotHeader, lines)
	if err != nil {
		t.Fatal(err)
	}
	const shards = 3
	if err := WriteLines(s, "s3://ranged/pipeline/out/rounded", ".csv", res.Header, shards, res.Lines); err != nil {
		t.Fatal(err)
	}
	passert.Equals(s, res.Failed, anys(wantFailed)...)
	ptest.RunAndValidate(t, p)

	var got []string
	for i := range shards {
		content := getObject(t, "ranged", fmt.Sprintf("pipeline/out/rounded-%05d-of-%05d.csv", i, shards))
		fileHeader, body, _ := strings.Cut(content, "\n")
		if fileHeader != wantHeader {
			t.Errorf("shard %d starts with %q, want the header %q", i, fileHeader, wantHeader)
		}
		if body != "" {
			got = append(got, strings.Split(strings.TrimSuffix(body, "\n"), "\n")...)
		}
	}
	sort.Strings(got)
	sort.Strings(want)
	if !reflect.DeepEqual(got, want) {
		t.Errorf("the objects hold %d rows, the command writes %d; first difference: %s", len(got), len(want), firstDifference(got, want))
	}
}

// firstDifference describes where two sorted lists part.
func firstDifference(a, b []string) string {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return fmt.Sprintf("%q against %q", a[i], b[i])
		}
	}
	return fmt.Sprintf("one list ends at %d", min(len(a), len(b)))
}

// BenchmarkRangedRead reads a 32 MiB object of the fake S3 store in 1 MiB
// restrictions, from the bucket that honours Range (openAt's ranged GETs)
// and from the one that ignores it (the bytes before each restriction read
// and discarded, as Beam's textio reads every file): the object's bytes
// per second. Without ranges, the 32 restrictions read 16.5 times the
// object's bytes between them.
func BenchmarkRangedRead(b *testing.B) {
	st := s3Store(b)
	var sb strings.Builder
	for i := 0; sb.Len() < 32<<20; i++ {
		fmt.Fprintf(&sb, "%d,\"note, %d\",%d.%03d\n", i, i%97, i%10000, i%1000)
	}
	content := sb.String()
	for _, bucket := range []string{"ranged", "norange"} {
		st.put(b, bucket, "bench/big.csv", content)
		path := "s3://" + bucket + "/bench/big.csv"
		file := fileio.ReadableFile{Metadata: fileio.FileMetadata{Path: path, Size: int64(len(content))}}
		b.Run(bucket, func(b *testing.B) {
			fn := &readFn{Header: false, BlockSize: 1 << 20}
			rests := fn.SplitRestriction(file, fn.CreateInitialRestriction(file))
			for b.Loop() {
				n := 0
				for _, r := range rests {
					if err := fn.ProcessElement(context.Background(), fn.CreateTracker(r), file, func(string) { n++ }); err != nil {
						b.Fatal(err)
					}
				}
			}
			b.SetBytes(int64(len(content)))
		})
	}
}
