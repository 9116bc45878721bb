package pybeam

import (
	"context"
	"errors"
	"fmt"
	"io"
	"strings"
	"sync"
	"sync/atomic"

	"cloud.google.com/go/storage"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/log"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/util/gcsx"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
)

// openAt opens file at byte offset off.
//
// Beam's filesystems open a file at its start and nothing else, so Beam's
// textio reads and discards the bytes before a restriction: a file cut
// into n restrictions is read about n/2 times over, which on an object
// store is n/2 times the file's bytes fetched and paid for. openAt asks
// the store for the bytes from off instead: a local file seeks, and a
// gs:// or s3:// object is fetched with a ranged request, with the same
// credentials and endpoint Beam's filesystem for it uses. Any other
// filesystem, and an object store whose ranged request fails (it is
// logged), is read from the start and the bytes before off discarded, as
// textio does.
func openAt(ctx context.Context, file fileio.ReadableFile, off int64) (io.ReadCloser, error) {
	path := file.Metadata.Path
	if off > 0 {
		var (
			rc  io.ReadCloser
			err error
		)
		switch {
		case strings.HasPrefix(path, "gs://"):
			rc, err = rangedGCS(ctx, path, off)
		case strings.HasPrefix(path, "s3://"):
			rc, err = rangedS3(ctx, path, off)
		}
		if err == nil && rc != nil {
			return rc, nil
		}
		if err != nil && rangeWarned.CompareAndSwap(false, true) {
			log.Warnf(ctx, "pybeam.ReadLines: %s: a ranged read from byte %d failed, so the bytes before it are read and discarded (this worker logs no further such failure): %v", path, off, err)
		}
	}
	rc, err := file.Open(ctx)
	if err != nil {
		return nil, err
	}
	if off > 0 {
		if err := skipTo(rc, off); err != nil {
			rc.Close()
			return nil, err
		}
	}
	return rc, nil
}

// rangeWarned is set when a worker has logged a failed ranged read: a
// store that ignores Range fails every restriction of every file, and one
// line says it.
var rangeWarned atomic.Bool

// The clients of the ranged reads: one per worker process, made on first
// use, since a client holds connections and credentials worth reusing
// (Beam's filesystems make one per file they open).
var (
	gcsOnce   sync.Once
	gcsClient *storage.Client
	gcsErr    error

	s3Once   sync.Once
	s3Client *s3.Client
	s3Err    error
)

// rangedGCS opens the object at path from byte off, with a client made as
// Beam's gcs filesystem makes its own (gcsx.NewClient: --gcs_endpoint,
// the universe domain, the default credentials). A requester-pays bucket
// (Beam's billing-project hook) fails here, and openAt falls back to
// Beam's filesystem.
func rangedGCS(ctx context.Context, path string, off int64) (io.ReadCloser, error) {
	bucket, object, err := gcsx.ParseObject(path)
	if err != nil {
		return nil, err
	}
	gcsOnce.Do(func() {
		// The client outlives this call's context: it is shared.
		gcsClient, gcsErr = gcsx.NewClient(context.WithoutCancel(ctx), storage.ScopeReadOnly)
	})
	if gcsErr != nil {
		return nil, gcsErr
	}
	r, err := gcsClient.Bucket(bucket).Object(object).NewRangeReader(ctx, off, -1)
	if err != nil {
		// Not r: a nil *storage.Reader is not a nil io.ReadCloser.
		return nil, err
	}
	return r, nil
}

// rangedS3 opens the object at path from byte off, with a client made as
// Beam's s3 filesystem makes its own: from the AWS SDK's default
// configuration (environment, shared files, instance role; AWS_ENDPOINT_URL
// for an S3-compatible store).
func rangedS3(ctx context.Context, path string, off int64) (io.ReadCloser, error) {
	bucket, key, ok := strings.Cut(strings.TrimPrefix(path, "s3://"), "/")
	if !ok || bucket == "" || key == "" {
		return nil, fmt.Errorf("not an S3 object path: %q", path)
	}
	s3Once.Do(func() {
		cfg, err := config.LoadDefaultConfig(context.WithoutCancel(ctx))
		if err != nil {
			s3Err = err
			return
		}
		s3Client = s3.NewFromConfig(cfg)
	})
	if s3Err != nil {
		return nil, s3Err
	}
	out, err := s3Client.GetObject(ctx, &s3.GetObjectInput{
		Bucket: aws.String(bucket),
		Key:    aws.String(key),
		Range:  aws.String(fmt.Sprintf("bytes=%d-", off)),
	})
	if err != nil {
		return nil, err
	}
	// A store that ignores Range answers with the whole object; reading it
	// as if it started at off would misplace every line.
	if out.ContentRange == nil || !strings.HasPrefix(*out.ContentRange, fmt.Sprintf("bytes %d-", off)) {
		out.Body.Close()
		return nil, errors.New("the store answered without the range asked for")
	}
	return out.Body, nil
}
